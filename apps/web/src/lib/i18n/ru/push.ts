import { NOTIFICATION_TEXTS } from "@domovoy/domain";
import type { Message } from "../types";

/** Web Push opt-in of the field apps (/m and /r). */
export const pushRu = {
  // Web Push texts: the domain's, which the server renders each push from in the device's locale.
  ...NOTIFICATION_TEXTS.ru,
  "push.title": "Уведомления",
  "push.enable": "Включить уведомления",
  "push.enabling": "Включаем…",
  "push.lead.m": "Новые назначения, сообщения жителей и важные комментарии придут на этот телефон, даже когда приложение закрыто.",
  "push.lead.r": "Изменения статуса, ответы в чате и просьбы оценить работу придут на этот телефон, даже когда приложение закрыто.",
  "push.enabled": "Уведомления на этом устройстве включены.",
  "push.disable": "Выключить",
  "push.denied": "Уведомления запрещены в настройках браузера. Разрешите их для этого сайта, чтобы получать оповещения.",
  "push.unsupported": "Этот браузер не умеет получать уведомления. На iPhone добавьте приложение на экран «Домой» и откройте его оттуда.",
  "push.failed": "Не удалось включить уведомления: {reason}",
} satisfies Record<string, Message>;

export type PushKey = keyof typeof pushRu;
