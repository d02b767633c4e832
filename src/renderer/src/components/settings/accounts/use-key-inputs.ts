import { useState } from 'react';

export type KeyInputs = ReturnType<typeof useKeyInputs>;

/** The API key and secret typed into an account form. The form clears them as soon as the core has them. */
export function useKeyInputs() {
  const [apiKey, setApiKey] = useState('');
  const [apiSecret, setApiSecret] = useState('');
  const key = apiKey.trim();
  const secret = apiSecret.trim();
  return {
    apiKey,
    apiSecret,
    setApiKey,
    setApiSecret,
    isComplete: key !== '' && secret !== '',
    /** Trimmed; a blank one is left out, so the core says what is missing instead of refusing an empty string. */
    entered: { ...(key !== '' ? { apiKey: key } : {}), ...(secret !== '' ? { apiSecret: secret } : {}) },
    clear: (): void => {
      setApiKey('');
      setApiSecret('');
    },
  };
}
