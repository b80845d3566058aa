// The request to end the script with a status (os.exit, manual §6.9), thrown through Lua frames.
export { ExitRequest } from "../value/errors.js";
