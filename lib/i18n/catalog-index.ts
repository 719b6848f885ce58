// Written by scripts/i18n-index.mjs from messages/<area>/<locale>.json: do not edit, run the script.
import accountID from "@/messages/account/id.json";
import accountEN from "@/messages/account/en.json";
import articleID from "@/messages/article/id.json";
import articleEN from "@/messages/article/en.json";
import authID from "@/messages/auth/id.json";
import authEN from "@/messages/auth/en.json";
import commentsID from "@/messages/comments/id.json";
import commentsEN from "@/messages/comments/en.json";
import commonID from "@/messages/common/id.json";
import commonEN from "@/messages/common/en.json";
import deskID from "@/messages/desk/id.json";
import deskEN from "@/messages/desk/en.json";
import editorID from "@/messages/editor/id.json";
import editorEN from "@/messages/editor/en.json";
import moderationID from "@/messages/moderation/id.json";
import moderationEN from "@/messages/moderation/en.json";
import notificationsID from "@/messages/notifications/id.json";
import notificationsEN from "@/messages/notifications/en.json";
import siteID from "@/messages/site/id.json";
import siteEN from "@/messages/site/en.json";
import studioID from "@/messages/studio/id.json";
import studioEN from "@/messages/studio/en.json";

export const id = {
  account: accountID,
  article: articleID,
  auth: authID,
  comments: commentsID,
  common: commonID,
  desk: deskID,
  editor: editorID,
  moderation: moderationID,
  notifications: notificationsID,
  site: siteID,
  studio: studioID,
};

export const en = {
  account: accountEN,
  article: articleEN,
  auth: authEN,
  comments: commentsEN,
  common: commonEN,
  desk: deskEN,
  editor: editorEN,
  moderation: moderationEN,
  notifications: notificationsEN,
  site: siteEN,
  studio: studioEN,
};
