// The fields of an opportunity, the same when adding one and when editing it: the
// job (or the person to meet) and how to reach the contact. The values carry the
// API's names (`postingUrl`, `contact.email`), so a refusal lands on its field.
import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { NewOpportunity, OpportunityPatch, OpportunityView } from '../api.js';
import { ROLE_LABELS } from '../labels.js';

export interface OpportunityValues {
  company: string;
  title: string;
  postingUrl: string;
  contact: { name: string; role: string; phone: string; email: string };
}

export type Kind = 'job' | 'networking';

/** The form's values for an opportunity, or for a new one. */
export function opportunityValues(o: OpportunityView | null): OpportunityValues {
  return {
    company: o?.company ?? '',
    title: o?.title ?? '',
    postingUrl: o?.postingUrl ?? '',
    contact: {
      name: o?.contact?.name ?? '',
      // A new contact's role is the user's to say: never guessed.
      role: o?.contact?.role ?? '',
      phone: o?.contact?.phone ?? '',
      email: o?.contact?.email ?? '',
    },
  };
}

/** What a new opportunity sends: only the fields filled in. */
export function newOpportunity(v: OpportunityValues, kind: Kind): NewOpportunity {
  const c = v.contact;
  const contact = {
    ...(c.name.trim() ? { name: c.name.trim() } : {}),
    ...(c.role ? { role: c.role } : {}),
    ...(c.phone.trim() ? { phone: c.phone.trim() } : {}),
    ...(c.email.trim() ? { email: c.email.trim() } : {}),
  };
  return {
    kind,
    ...(v.company.trim() ? { company: v.company.trim() } : {}),
    ...(v.title.trim() ? { title: v.title.trim() } : {}),
    ...(kind === 'job' && v.postingUrl.trim() ? { postingUrl: v.postingUrl.trim() } : {}),
    ...(Object.keys(contact).length ? { contact } : {}),
  };
}

/** What an edit sends: every field, an emptied one as null. */
export function opportunityPatch(v: OpportunityValues, kind: Kind): OpportunityPatch {
  const kept = (text: string) => text.trim() || null;
  return {
    company: kept(v.company),
    title: kept(v.title),
    ...(kind === 'job' ? { postingUrl: kept(v.postingUrl) } : {}),
    contact: {
      name: kept(v.contact.name),
      role: v.contact.role || null,
      phone: kept(v.contact.phone),
      email: kept(v.contact.email),
    },
  };
}

const ROLES = [
  { value: '', label: 'Not sure' },
  ...Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label })),
];

interface FieldsProps<V extends OpportunityValues> {
  readonly form: Pick<UseFormReturnType<V>, 'getInputProps'>;
  readonly kind: Kind;
  /** The first field takes the focus (a new opportunity). */
  readonly autoFocus?: boolean;
}

/** The job (company, title, posting) or the person to meet (name, company, topic). */
export function WhatFields<V extends OpportunityValues>({ form, kind, autoFocus }: FieldsProps<V>) {
  const input = (path: string) => form.getInputProps(path);
  if (kind === 'job') {
    return (
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Company" placeholder="Acme" {...input('company')} autoFocus={autoFocus} />
        <TextInput label="Job title" placeholder="Data Analyst" {...input('title')} />
        <TextInput
          label="Link to the posting"
          placeholder="https://…"
          type="url"
          {...input('postingUrl')}
          style={{ gridColumn: '1 / -1' }}
        />
      </SimpleGrid>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        label="Name"
        placeholder="Jane Doe"
        required
        {...input('contact.name')}
        autoFocus={autoFocus}
      />
      <TextInput label="Company" placeholder="Where they work" {...input('company')} />
      <TextInput
        label="Topic"
        placeholder="Informational interview about data teams"
        {...input('title')}
        style={{ gridColumn: '1 / -1' }}
      />
    </SimpleGrid>
  );
}

/** Whom to follow up with, and how to reach them. */
export function ContactFields<V extends OpportunityValues>({ form, kind }: FieldsProps<V>) {
  const input = (path: string) => form.getInputProps(path);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {kind === 'job' ? (
        <TextInput label="Contact name" placeholder="Jane Doe" {...input('contact.name')} />
      ) : null}
      <NativeSelect label="Their role" data={ROLES} {...input('contact.role')} />
      <TextInput label="Phone" type="tel" placeholder="312 555 0199" {...input('contact.phone')} />
      <TextInput
        label="E-mail"
        type="email"
        placeholder="jane@acme.com"
        {...input('contact.email')}
      />
    </SimpleGrid>
  );
}
