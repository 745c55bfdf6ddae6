import auth from "./da/auth.json";
import authorisations from "./da/authorisations.json";
import benefits from "./da/benefits.json";
import claimForm from "./da/claimForm.json";
import claims from "./da/claims.json";
import common from "./da/common.json";
import documents from "./da/documents.json";
import family from "./da/family.json";
import handler from "./da/handler.json";
import home from "./da/home.json";
import inbox from "./da/inbox.json";
import nav from "./da/nav.json";
import providers from "./da/providers.json";
import settlement from "./da/settlement.json";

const messages = { auth, authorisations, benefits, claimForm, claims, common, documents, family, handler, home, inbox, nav, providers, settlement };
export default messages;
