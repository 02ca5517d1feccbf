import { useRef, useState } from 'react';
import type { ReadResult, RefusalReason } from '../fhir/read-questionnaire-response';

export type LoadedFile = Extract<ReadResult, { status: 'loaded' }>;

/** Why a chosen file was not used: the reader's reasons, no file chosen, or the browser could not read it. */
export type FileProblem = RefusalReason | 'none' | 'unreadable';

interface SavedFileOptions {
  /** The tab holds answers already: the file's would replace them, so the person is asked first. */
  hasAnswers: boolean;
  onLoad: (file: LoadedFile) => void;
}

/**
 * "Continue from a saved file": reads the file, then loads it, asks before it replaces answers
 * already given, or says why it cannot be used. Nothing changes until the file has been read and
 * checked, and then only through `onLoad`.
 */
export function useSavedFile({ hasAnswers, onLoad }: SavedFileOptions) {
  const [problem, setProblem] = useState<FileProblem>();
  // Changes on every refused attempt, so the error summary takes focus again.
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState<LoadedFile>();
  const reading = useRef(false);

  const refuse = (reason: FileProblem) => {
    setProblem(reason);
    setAttempt((count) => count + 1);
  };

  const read = async (file: File | undefined) => {
    if (reading.current) return;
    setPending(undefined);
    if (!file) return refuse('none');
    reading.current = true;
    try {
      // The reader is fetched only now, so none of the FHIR code is in the first view.
      const { readSavedFile } = await import('./saved-file-io');
      const result = await readSavedFile(file);
      if (result.status === 'refused') return refuse(result.reason);
      setProblem(undefined);
      if (hasAnswers) setPending(result);
      else onLoad(result);
    } catch (error) {
      console.warn('[calf-ankle-prep] Could not read the chosen file', error);
      refuse('unreadable');
    } finally {
      reading.current = false;
    }
  };

  return {
    problem,
    attempt,
    /** A file read and ready, waiting for the person to say it may replace their answers. */
    pending,
    read,
    confirm: () => {
      if (pending) onLoad(pending);
    },
    cancel: () => setPending(undefined),
  };
}
