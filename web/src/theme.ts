// A calm theme: a deep teal, warm orange for "overdue" (never alarm red), and
// palettes darkened where Mantine's defaults fall short of WCAG AA contrast.
import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

// Ten shades, lightest first, as one line each.
const palette = (shades: string) => shades.split(' ') as unknown as MantineColorsTuple;

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 7, dark: 6 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily:
      'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    fontWeight: '650',
  },
  colors: {
    teal: palette(
      '#e7f5f2 #d0ebe5 #a3d6cb #72bfb0 #4aab99 #2f9684 #1f8170 #186d5f #135a4e #0d463d',
    ),
    orange: palette(
      '#fff3e8 #ffe6d1 #fdcaa0 #f9ab6b #f4903f #e8761d #c8600f #a84f0b #8a4009 #6e3207',
    ),
    violet: palette(
      '#f3f0ff #e7e0fd #cbbdf9 #ad97f5 #9477f1 #8262ee #7048e8 #5f3bc9 #4f31a7 #3f2786',
    ),
    yellow: palette(
      '#fff9e1 #fdf0c4 #f8df8a #f3cc4e #eebd22 #d9a70c #b58a06 #8f6d05 #735704 #5a4403',
    ),
    blue: palette(
      '#e8f3fc #d2e6f8 #a5ccf0 #75b0e8 #4d98e1 #3487d8 #2270b8 #1b5d9a #164d7f #113c63',
    ),
    red: palette('#fff5f5 #ffe3e3 #ffc9c9 #ffa8a8 #ff8787 #f06262 #e03e3e #c92a2a #a82323 #8a1c1c'),
    gray: palette(
      '#f8f9fa #f1f3f5 #e9ecef #dee2e6 #ced4da #adb5bd #656c73 #495057 #343a40 #212529',
    ),
  },
  components: {
    Button: { defaultProps: { radius: 'md' } },
  },
});

export const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-6)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
