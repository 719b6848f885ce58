// Written by scripts/i18n-index.mjs from lib/i18n/server-messages/*.json: do not edit, run the script.
import apiText from "./api.json";
import articlesText from "./articles.json";
import authText from "./auth.json";
import commentsText from "./comments.json";
import commonText from "./common.json";
import deskText from "./desk.json";
import httpText from "./http.json";
import mediaText from "./media.json";
import notificationsText from "./notifications.json";
import pointsText from "./points.json";
import reactionsText from "./reactions.json";
import reportsText from "./reports.json";
import searchText from "./search.json";
import sectionsText from "./sections.json";
import siteText from "./site.json";
import topicsText from "./topics.json";
import updatesText from "./updates.json";
import usersText from "./users.json";

/** English for server text, by its Indonesian. */
export const serverEnglish: Record<string, string> = {
  ...apiText,
  ...articlesText,
  ...authText,
  ...commentsText,
  ...commonText,
  ...deskText,
  ...httpText,
  ...mediaText,
  ...notificationsText,
  ...pointsText,
  ...reactionsText,
  ...reportsText,
  ...searchText,
  ...sectionsText,
  ...siteText,
  ...topicsText,
  ...updatesText,
  ...usersText,
};
