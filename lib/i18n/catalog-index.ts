// Written by scripts/i18n-index.mjs from messages/<area>/<locale>.json: do not edit, run the script.
import accountID from "@/messages/account/id.json";
import accountEN from "@/messages/account/en.json";
import authID from "@/messages/auth/id.json";
import authEN from "@/messages/auth/en.json";
import commonID from "@/messages/common/id.json";
import commonEN from "@/messages/common/en.json";
import deskID from "@/messages/desk/id.json";
import deskEN from "@/messages/desk/en.json";
import notificationsID from "@/messages/notifications/id.json";
import notificationsEN from "@/messages/notifications/en.json";

export const id = {
  account: accountID,
  auth: authID,
  common: commonID,
  desk: deskID,
  notifications: notificationsID,
};

export const en = {
  account: accountEN,
  auth: authEN,
  common: commonEN,
  desk: deskEN,
  notifications: notificationsEN,
};
