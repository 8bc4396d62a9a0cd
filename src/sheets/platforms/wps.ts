// The WPS bundle's global: the functions its JS macros and add-in call. A macro that throws shows
// WPS's script error dialog instead of a value, so every error answers in the cell as `#VALUE! …`.
import { cellError } from "../cells";
import { adapt } from "./adapt";

export const functions = adapt((fn) => {
  try {
    return fn();
  } catch (error) {
    return cellError(error);
  }
});
