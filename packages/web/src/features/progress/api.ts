import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { progressKey } from '../checkins/api';
import { decodeProgress, type ProgressWire } from './wire';

export function useProgress() {
  return useQuery({
    queryKey: progressKey,
    // Lined up week by week once per response, not on every render.
    queryFn: async () => decodeProgress(await api.get<ProgressWire>('/progress')),
  });
}
