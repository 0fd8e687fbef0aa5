import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { t } from '../../i18n';
import { useSpace } from './api';
import { CreateSpaceForm } from './CreateSpaceForm';
import { SpaceHome } from './SpaceHome';

export function SpacePage() {
  const space = useSpace();
  if (space.isPending) return <Loading label={t('space.loading')} />;
  if (space.isError) return <LoadFailed onRetry={() => void space.refetch()} />;
  return space.data === null ? <CreateSpaceForm /> : <SpaceHome space={space.data} />;
}
