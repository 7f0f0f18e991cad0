/**
 * Id under which the vocabulary index keeps the terms of controls that
 * contain no field. It has a module of its own, so that the page's scan can
 * name it without loading the vocabulary.
 */
export const NOT_A_FIELD = 'not_a_field';
