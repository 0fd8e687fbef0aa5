import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { progressKey } from '../checkins/api';
import type { Progress } from './types';

export function useProgress() {
  return useQuery({ queryKey: progressKey, queryFn: () => api.get<Progress>('/progress') });
}
