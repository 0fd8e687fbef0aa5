import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { RichText } from '../program/types';

export interface ArticleSummary {
  slug: string;
  title: string;
  summary: string;
}

export interface Article extends ArticleSummary {
  body: RichText;
  stages: { id: string; title: string }[];
}

export function useArticles() {
  return useQuery({
    queryKey: ['learn'],
    queryFn: () => api.get<{ articles: ArticleSummary[] }>('/learn'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useArticle(slug: string) {
  return useQuery({
    queryKey: ['learn', slug],
    queryFn: () => api.get<Article>(`/learn/${encodeURIComponent(slug)}`),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
