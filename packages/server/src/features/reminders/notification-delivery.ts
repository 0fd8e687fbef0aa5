import { onNotified } from '../notifications/service.js';
import { queueUpdateDelivery } from './outbound.js';

/**
 * Sends every in-app notification on by e-mail and/or push, as its recipient chose (their
 * "updates" channels), in the transaction that stores it: an update that is rolled back is never
 * sent, and one that is stored is queued once. Returns the function that stops it (for tests).
 */
export function deliverNotificationsOutside(): () => void {
  return onNotified((db, notification) =>
    queueUpdateDelivery(
      db,
      notification.recipientUserId,
      notification.id,
      notification.createdAt,
    ).then(() => undefined),
  );
}
