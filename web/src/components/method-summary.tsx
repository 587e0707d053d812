// The 3X3 method in four lines, for empty states.
import { Anchor, List, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from 'react-router';

const STEPS = [
  'Apply, then wait three business days.',
  'Call the person: you know they are busy; did they get your application; can you do anything to improve your chances? No answer: leave the same words on voicemail.',
  'Up to three follow-ups, three business days apart. Then it rests in the holding file, because you never know who calls back.',
  'After an interview: a thank-you call and a handwritten note the next day, then a check-in every 7 to 10 days until a definite answer.',
];

export function MethodSummary(props: { title?: string }) {
  return (
    <Paper withBorder radius="lg" p="lg" className="method-summary">
      <Title order={2} size="h4" mb="sm">
        {props.title ?? 'How JustEnough works: the 3X3 method'}
      </Title>
      <List spacing="sm" type="ordered" icon={null}>
        {STEPS.map((s, i) => (
          <List.Item
            key={s}
            icon={
              <ThemeIcon size={26} radius="xl" variant="light" aria-hidden>
                <Text span size="sm" fw={700}>
                  {i + 1}
                </Text>
              </ThemeIcon>
            }
          >
            {s}
          </List.Item>
        ))}
      </List>
      <Text mt="md" size="sm">
        You log what happened; JustEnough tells you whom to contact each day, with the words to say,
        and never too soon.{' '}
        <Anchor component={Link} to="/method">
          Read more about the method
        </Anchor>
      </Text>
    </Paper>
  );
}
