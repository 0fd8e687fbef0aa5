import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { withOfflineCopy } from '../../offline/recent';
import { progressKey } from '../checkins/api';
import type {
  ConversationOverview,
  Meeting,
  MeetingSummary,
  NoteVisibility,
  PromptCardView,
  TimeOutsOverview,
  TogetherOverview,
  TriggersOverview,
} from './types';

const keys = {
  conversations: ['talking', 'conversations'] as const,
  meetings: ['talking', 'meetings'] as const,
  meeting: (id: string) => ['talking', 'meetings', id] as const,
  prompts: ['talking', 'prompts'] as const,
  timeOuts: ['talking', 'time-outs'] as const,
  triggers: ['talking', 'triggers'] as const,
  together: ['talking', 'together'] as const,
};

/** How often a page that the partner may be changing at the same time asks again. */
export const MEETING_POLL_MS = 4000;
const TIME_OUT_POLL_MS = 30_000;

/** After a change, refresh what it shows and the dashboard, which counts it. */
function useRefresh(...queryKeys: (readonly string[])[]) {
  const client = useQueryClient();
  return () =>
    Promise.all(
      [...queryKeys, progressKey].map((queryKey) => client.invalidateQueries({ queryKey })),
    );
}

export function useConversations() {
  return useQuery({
    queryKey: keys.conversations,
    queryFn: () =>
      withOfflineCopy('conversations', () => api.get<ConversationOverview>('/conversations')),
  });
}

export function useLogConversation() {
  const refresh = useRefresh(keys.conversations);
  return useMutation({
    mutationFn: (input: {
      heldOn: string;
      minutes: number;
      topic: string;
      idempotencyKey: string;
    }) => api.post<{ id: string }>('/conversations', input),
    onSuccess: refresh,
  });
}

export function useRateConversation(id: string) {
  const refresh = useRefresh(keys.conversations);
  return useMutation({
    mutationFn: (input: {
      honest: number;
      heard: number;
      note?: string;
      noteVisibility: NoteVisibility;
    }) => api.put<void>(`/conversations/${encodeURIComponent(id)}/rating`, input),
    onSuccess: refresh,
  });
}

export function useMeetings() {
  return useQuery({
    queryKey: keys.meetings,
    queryFn: () =>
      api.get<{ open: MeetingSummary | null; finished: MeetingSummary[] }>('/meetings'),
  });
}

/** An open meeting is polled, so the second screen picks up what the other one writes. */
export function useMeeting(id: string) {
  return useQuery({
    queryKey: keys.meeting(id),
    queryFn: () => api.get<Meeting>(`/meetings/${encodeURIComponent(id)}`),
    refetchInterval: (query) => (query.state.data?.finishedAt ? false : MEETING_POLL_MS),
  });
}

export function useStartMeeting() {
  const refresh = useRefresh(keys.meetings);
  return useMutation({
    mutationFn: () => api.post<{ meeting: Meeting }>('/meetings'),
    onSuccess: refresh,
  });
}

export function useSaveMeetingNote(meetingId: string) {
  return useMutation({
    mutationFn: ({ section, text }: { section: string; text: string }) =>
      api.put<void>(
        `/meetings/${encodeURIComponent(meetingId)}/notes/${encodeURIComponent(section)}`,
        { text },
      ),
  });
}

export function useFinishMeeting(meetingId: string) {
  const refresh = useRefresh(keys.meetings, keys.meeting(meetingId), keys.conversations);
  return useMutation({
    mutationFn: () =>
      api.post<{ conversationId: string }>(`/meetings/${encodeURIComponent(meetingId)}/finish`),
    onSuccess: refresh,
  });
}

export function usePrompts() {
  return useQuery({
    queryKey: keys.prompts,
    queryFn: () => api.get<{ stageId: string | null; cards: PromptCardView[] }>('/prompts'),
  });
}

export function useMarkPrompt() {
  const refresh = useRefresh(keys.prompts);
  return useMutation({
    mutationFn: ({
      id,
      kind,
      set,
    }: {
      id: string;
      kind: 'favourite' | 'talked_about';
      set: boolean;
    }) => api.put<void>(`/prompts/${encodeURIComponent(id)}/marks/${kind}`, { set }),
    onSuccess: refresh,
  });
}

/** Pauses are checked now and then, so a pause called on the other phone appears by itself. */
export function useTimeOuts() {
  return useQuery({
    queryKey: keys.timeOuts,
    queryFn: () => api.get<TimeOutsOverview>('/time-outs'),
    refetchInterval: TIME_OUT_POLL_MS,
  });
}

export function useCallTimeOut() {
  const refresh = useRefresh(keys.timeOuts);
  return useMutation({
    mutationFn: (input: { minutes: number; reason?: string }) =>
      api.post<{ id: string; returnAt: string }>('/time-outs', input),
    onSuccess: refresh,
  });
}

export function useEndTimeOut() {
  const refresh = useRefresh(keys.timeOuts);
  return useMutation({
    mutationFn: (id: string) => api.post<void>(`/time-outs/${encodeURIComponent(id)}/end`),
    onSuccess: refresh,
  });
}

export function useTriggers() {
  return useQuery({
    queryKey: keys.triggers,
    queryFn: () => withOfflineCopy('triggers', () => api.get<TriggersOverview>('/triggers')),
  });
}

export function useLogTrigger() {
  const refresh = useRefresh(keys.triggers);
  return useMutation({
    mutationFn: (input: {
      intensity: number;
      category: string;
      helped: string[];
      share?: { need?: string };
      idempotencyKey: string;
    }) => api.post<{ id: string }>('/triggers', input),
    onSuccess: refresh,
  });
}

export function useShareTrigger() {
  const refresh = useRefresh(keys.triggers);
  return useMutation({
    mutationFn: ({ id, need }: { id: string; need?: string }) =>
      api.post<void>(`/triggers/${encodeURIComponent(id)}/share`, need ? { need } : {}),
    onSuccess: refresh,
  });
}

export function useRespondToTrigger(id: string) {
  const refresh = useRefresh(keys.triggers);
  return useMutation({
    mutationFn: (text: string) =>
      api.post<{ id: string }>(`/triggers/${encodeURIComponent(id)}/responses`, { text }),
    onSuccess: refresh,
  });
}

export function useTogether() {
  return useQuery({
    queryKey: keys.together,
    queryFn: () => withOfflineCopy('together', () => api.get<TogetherOverview>('/together')),
  });
}

export function useSendAppreciation() {
  const refresh = useRefresh(keys.together);
  return useMutation({
    mutationFn: (input: { text: string; idempotencyKey: string }) =>
      api.post<{ id: string }>('/together/appreciations', input),
    onSuccess: refresh,
  });
}

export function usePlanTimeTogether() {
  const refresh = useRefresh(keys.together);
  return useMutation({
    mutationFn: (input: {
      kind: string;
      title: string;
      plannedFor: string;
      idempotencyKey: string;
    }) => api.post<{ id: string }>('/together/plans', input),
    onSuccess: refresh,
  });
}

export function useMarkTogetherHappened() {
  const refresh = useRefresh(keys.together);
  return useMutation({
    mutationFn: ({ id, happenedOn }: { id: string; happenedOn: string }) =>
      api.post<void>(`/together/plans/${encodeURIComponent(id)}/happened`, { happenedOn }),
    onSuccess: refresh,
  });
}
