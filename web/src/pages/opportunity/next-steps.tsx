// The steps due next, each a step card with its words and outcomes; or, before
// anything happened, the first thing to log.
import { Button, Paper, Stack, Text } from '@mantine/core';
import type { OpportunityView } from '../../api.js';
import { nextInWords } from '../../components/done-card.js';
import type { Outcome } from '../../components/outcomes.js';
import { StepCard } from '../../components/step-card.js';
import { Block } from './block.js';

export function NextSteps(props: {
  o: OpportunityView;
  busy: boolean;
  onLog: (outcome: Outcome, extra?: { until: string }) => void;
  onStart: () => void;
}) {
  const { o } = props;
  return (
    <Block title="Next steps">
      {o.next.length ? (
        <Stack gap="md">
          {o.next.map((s) => (
            <StepCard
              key={`${s.action}-${s.followUpNumber ?? ''}-${s.dueOn}`}
              className="next-step-card"
              p="md"
              step={s}
              phone={o.contact?.phone ?? null}
              email={o.contact?.email ?? null}
              followUps={o.followUps}
              maxFollowUps={o.maxFollowUps}
              today={o.asOf}
              busy={props.busy}
              onLog={props.onLog}
              context={`for ${s.label}`}
            />
          ))}
        </Stack>
      ) : (
        <Paper withBorder radius="lg" p="md">
          <Text>
            {o.events.length === 0
              ? 'Nothing yet: log what you did first, for example "Applied".'
              : nextInWords(o, o.asOf)}
          </Text>
          {o.events.length === 0 ? (
            <Button mt="sm" onClick={props.onStart}>
              {o.kind === 'job' ? 'I applied today' : 'I reached out today'}
            </Button>
          ) : null}
        </Paper>
      )}
    </Block>
  );
}
