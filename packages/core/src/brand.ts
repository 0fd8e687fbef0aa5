/**
 * A nominal type: a string or number that TypeScript will not confuse with another of the same
 * runtime shape (a CoupleId is not a UserId, a LocalDate is not any string).
 */
export type Brand<T, Name extends string> = T & { readonly __brand: Name };
