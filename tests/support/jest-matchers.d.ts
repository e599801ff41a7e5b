/**
 * @types/jest types the asymmetric matchers (expect.stringContaining, expect.any, …) as `any`,
 * so the type-aware lint (no-unsafe-assignment) reports each one a test puts in an expected
 * object. These signatures, merged ahead of @types/jest's own, give them the type they have:
 * an object with asymmetricMatch (jest.AsymmetricMatcher). Type-checking only; nothing runs.
 */
declare global {
  namespace jest {
    interface Expect {
      anything(): AsymmetricMatcher;
      any(classType: unknown): AsymmetricMatcher;
      arrayContaining(arr: readonly unknown[]): AsymmetricMatcher;
      objectContaining(obj: object): AsymmetricMatcher;
      stringMatching(str: string | RegExp): AsymmetricMatcher;
      stringContaining(str: string): AsymmetricMatcher;
      closeTo(num: number, numDigits?: number): AsymmetricMatcher;
    }
    interface InverseAsymmetricMatchers {
      arrayContaining(arr: readonly unknown[]): AsymmetricMatcher;
      objectContaining(obj: object): AsymmetricMatcher;
      stringMatching(str: string | RegExp): AsymmetricMatcher;
      stringContaining(str: string): AsymmetricMatcher;
    }
  }
}

export {};
