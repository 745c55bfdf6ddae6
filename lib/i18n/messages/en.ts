import auth from "./en/auth.json";
import authorisations from "./en/authorisations.json";
import benefits from "./en/benefits.json";
import claimForm from "./en/claimForm.json";
import claims from "./en/claims.json";
import common from "./en/common.json";
import documents from "./en/documents.json";
import family from "./en/family.json";
import handler from "./en/handler.json";
import home from "./en/home.json";
import inbox from "./en/inbox.json";
import nav from "./en/nav.json";
import providers from "./en/providers.json";
import settlement from "./en/settlement.json";

const messages = { auth, authorisations, benefits, claimForm, claims, common, documents, family, handler, home, inbox, nav, providers, settlement };
export default messages;
