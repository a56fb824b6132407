// The weakness checks rules name (`weakness = "…"` in patterns/): each turns a secret into notes
// saying why it is weak, shown with the finding.
import type { WeaknessCheck } from "../types.js";
import { weakDjangoKeyNotes } from "./django.js";

const CHECKS: Record<WeaknessCheck, (secret: string) => string[]> = {
  "django-secret-key": weakDjangoKeyNotes,
};

export function weaknessNotes(check: WeaknessCheck | undefined, secret: string): string[] {
  return check ? CHECKS[check](secret) : [];
}
