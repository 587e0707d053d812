// Where notifications appear. On a wide screen: bottom left, over the navigation,
// beside the page and its cards; on a phone: at the top, over the header bar, one
// at a time, as wide as the screen.
import { useMediaQuery } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';

/** The navigation's width in the layout, less its padding. */
const BESIDE_THE_PAGE = 232 - 16;

export function NotificationArea() {
  const wide = useMediaQuery('(min-width: 48em)', true);
  return wide ? (
    <Notifications
      position="bottom-left"
      containerWidth={BESIDE_THE_PAGE}
      limit={3}
      className="notifications"
    />
  ) : (
    <Notifications
      position="top-center"
      containerWidth="100%"
      limit={1}
      className="notifications notifications-phone"
    />
  );
}
