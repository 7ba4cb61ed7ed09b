// The pictograms shown beside the advice in the person view: original
// drawings made for Trygg (ui/src/pictograms/*.svg, one style, currentColor),
// each with a text alternative in every locale (`pictogram-<name>`).
import phoneAway from "../pictograms/phone-away.svg?raw";
import airplaneMode from "../pictograms/airplane-mode.svg?raw";
import wifiOff from "../pictograms/wifi-off.svg?raw";
import locationOff from "../pictograms/location-off.svg?raw";
import beforeAfter from "../pictograms/before-after.svg?raw";
import codeWord from "../pictograms/code-word.svg?raw";
import interpreter from "../pictograms/interpreter.svg?raw";
import stop from "../pictograms/stop.svg?raw";
import whoSees from "../pictograms/who-sees.svg?raw";
import nextMeeting from "../pictograms/next-meeting.svg?raw";
import safeContact from "../pictograms/safe-contact.svg?raw";

export const PICTOGRAMS = {
  "phone-away": phoneAway,
  "airplane-mode": airplaneMode,
  "wifi-off": wifiOff,
  "location-off": locationOff,
  "before-after": beforeAfter,
  "code-word": codeWord,
  interpreter,
  stop,
  "who-sees": whoSees,
  "next-meeting": nextMeeting,
  "safe-contact": safeContact,
} as const;

export type PictogramName = keyof typeof PICTOGRAMS;

/** The pictures beside each piece of advice for the person, in order. */
const BY_ITEM: Record<string, readonly PictogramName[]> = {
  "airplane-mode": ["airplane-mode", "before-after"],
  "wifi-off": ["wifi-off"],
  "gps-gap-explanation": ["location-off"],
  "agree-contact": ["safe-contact", "code-word"],
  "sms-care": ["who-sees"],
  "closing-who-sees-what": ["who-sees"],
  "closing-next-meeting-contact": ["next-meeting", "safe-contact"],
};

export function pictogramsFor(itemId: string): readonly PictogramName[] {
  return BY_ITEM[itemId] ?? [];
}
