import auth from "./en/auth.json";
import common from "./en/common.json";
import home from "./en/home.json";
import nav from "./en/nav.json";

const messages = { auth, common, home, nav };
export default messages;
