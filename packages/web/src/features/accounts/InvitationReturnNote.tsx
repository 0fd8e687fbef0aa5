import { t } from '../../i18n';
import { pendingInvitationPath } from '../invitations/pendingInvitation';

/** Reassures someone who arrived from an invitation that they will be taken back to it. */
export function InvitationReturnNote() {
  if (pendingInvitationPath() === null) return null;
  return <p className="callout">{t('invitationReturn.note')}</p>;
}
