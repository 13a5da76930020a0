// Labels of the two halves of a name (CRMs' First name / Last name): decoys of the dictionary
// (lib/extract/fields.ts), joined by the detail readers when no label gives the whole name
// (lib/extract/name-parts.ts). Apart so that the readers need not load the dictionary.
export const FIRST_NAME_LABELS = ['first name', 'given name', 'forename'];
export const LAST_NAME_LABELS = ['last name', 'surname', 'family name'];
