// A small toast: Mantine's Notification in a corner, announced through aria-live.
import { Notification, Portal } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

export interface Toast {
  readonly title?: string;
  readonly message: string;
  readonly tone?: 'success' | 'warning' | 'error';
}

interface Shown extends Toast {
  readonly id: number;
}

const ToastContext = createContext<(toast: Toast) => void>(() => {});

const COLORS = { success: 'teal', warning: 'orange', error: 'red' } as const;

let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly Shown[]>([]);
  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);
  const show = useCallback(
    (toast: Toast) => {
      const id = nextId++;
      setToasts((list) => [...list.slice(-2), { ...toast, id }]);
      window.setTimeout(() => dismiss(id), toast.tone === 'error' ? 9000 : 5000);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <Portal>
        <div className="toasts" role="status" aria-live="polite">
          {toasts.map((t) => (
            <Notification
              key={t.id}
              color={COLORS[t.tone ?? 'success']}
              title={t.title}
              onClose={() => dismiss(t.id)}
              closeButtonProps={{ 'aria-label': 'Dismiss' }}
              withBorder
            >
              {t.message}
            </Notification>
          ))}
        </div>
      </Portal>
    </ToastContext.Provider>
  );
}

/** Shows a short message in the corner, read out by screen readers. */
export function useToast(): (toast: Toast) => void {
  return useContext(ToastContext);
}
