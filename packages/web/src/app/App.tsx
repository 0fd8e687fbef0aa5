import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Layout } from './Layout';
import { createQueryClient } from './queryClient';
import { Routes } from './routes';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <Layout>
        <Routes />
      </Layout>
    </QueryClientProvider>
  );
}
