import { NOTIFICATION_TEXTS } from "@domovoy/domain";
import type { PushKey } from "../ru/push";
import type { Message } from "../types";

/** English texts of the Web Push opt-in, key for key with the Russian part. */
export const pushEn: Record<PushKey, Message> = {
  // Web Push texts: the domain's, which the server renders each push from in the device's locale.
  ...NOTIFICATION_TEXTS.en,
  "push.title": "Notifications",
  "push.enable": "Turn on notifications",
  "push.enabling": "Turning on…",
  "push.lead.m": "New assignments, residents' messages and important comments reach this phone, even when the app is closed.",
  "push.lead.r": "Status changes, chat replies and requests to rate the work reach this phone, even when the app is closed.",
  "push.enabled": "Notifications are on for this device.",
  "push.disable": "Turn off",
  "push.denied": "Notifications are blocked in the browser's settings. Allow them for this site to get alerts.",
  "push.unsupported": "This browser cannot receive notifications. On an iPhone, add the app to the Home Screen and open it from there.",
  "push.failed": "Could not turn on notifications: {reason}",
};
