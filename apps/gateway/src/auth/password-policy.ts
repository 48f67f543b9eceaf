/**
 * Password rules after the NCSC's password guidance: a minimum length (no composition rules, no expiry) and a
 * deny-list of the passwords attackers try first. A password is refused when it is on the list, or is a listed
 * word with only digits or symbols around it ("password1234", "Qwerty2026!"), or contains the e-mail's name.
 */
const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

const COMMON_WORDS: ReadonlySet<string> = new Set([
  "password",
  "passw0rd",
  "p@ssword",
  "p@ssw0rd",
  "pass",
  "passwd",
  "qwerty",
  "qwertyuiop",
  "asdfgh",
  "asdfghjkl",
  "zxcvbn",
  "zxcvbnm",
  "abc",
  "abcdef",
  "abcdefg",
  "iloveyou",
  "letmein",
  "welcome",
  "admin",
  "administrator",
  "monkey",
  "dragon",
  "football",
  "baseball",
  "sunshine",
  "princess",
  "shadow",
  "superman",
  "batman",
  "trustno1",
  "master",
  "hello",
  "freedom",
  "whatever",
  "starwars",
  "login",
  "access",
  "secret",
  "changeme",
  "default",
  "summer",
  "winter",
  "spring",
  "autumn",
  "london",
  "england",
  "liverpool",
  "chelsea",
  "arsenal",
  "council",
  "children",
  "complaint",
  "complaints",
  "socialcare",
  "computer",
  "internet",
  "michael",
  "charlie",
  "jordan",
  "jennifer",
  "hunter",
  "ranger",
  "soccer",
  "killer",
  "pepper",
  "ginger",
  "cheese",
  "tigger",
  "buster",
  "thomas",
  "robert",
  "daniel",
  "andrew",
  "jessica",
  "ashley",
  "matthew",
  "joshua",
  "amanda",
  "nicole",
  "mustang",
  "harley",
  "maggie",
  "lovely",
  "flower",
  "blink",
  "samsung",
  "google",
  "azerty",
  "demo",
  "test",
  "testing",
  "guest",
  "user",
  "root",
]);
const COMMON_WHOLE: ReadonlySet<string> = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "111111111111",
  "000000000000",
  "123123123123",
  "qwertyuiopas",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "qazwsxedcrfv",
  "zaq12wsxcde3",
  "abcdefghijkl",
  "demo-password-2026",
]);

/** The reason a password is refused, or null when it may be used. */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.normalize("NFKC").toLowerCase();
  if (COMMON_WHOLE.has(lower)) return "is one of the most common passwords; choose another";
  if (/^(.)\1+$/u.test(lower)) return "must not be one character repeated";
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (core === "" || COMMON_WORDS.has(core)) return "is a common password with digits or symbols added; choose another";
  const name = email?.split("@")[0]?.toLowerCase();
  if (name && name.length >= 4 && lower.includes(name)) return "must not contain your e-mail address";
  return null;
}
