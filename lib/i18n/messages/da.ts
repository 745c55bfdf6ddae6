import auth from "./da/auth.json";
import common from "./da/common.json";
import home from "./da/home.json";
import nav from "./da/nav.json";

const messages = { auth, common, home, nav };
export default messages;
