/** Where the visitor's chosen interface language is remembered (localStorage). */
export const localeStorageKey = 'muqabala:locale';
