// Calls to the waqia HTTP API.  Errors arrive in one shape:
// {"error": {"status", "code", "message", "details"}}.

import {$} from "./dom.js";

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function headers(json) {
  const h = {"Accept": "application/json"};
  if (json) h["Content-Type"] = "application/json";
  const key = $("api-key") && $("api-key").value;
  if (key) h["X-API-Key"] = key;
  return h;
}

export async function call(method, path, body) {
  return (await send(method, path, body)).data;
}

// The response's data and headers (X-Waqia-Ingest says what storing a document did).
export async function send(method, path, body) {
  const response = await fetch(path, {
    method, headers: headers(body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
  let data = null;
  try {
    data = await response.json();
  } catch (e) {
    data = null;
  }
  if (!response.ok) {
    const err = (data && data.error) || {};
    throw new ApiError(response.status, err.code || "error", err.message || response.statusText);
  }
  return {data, headers: response.headers};
}

export const get = (path) => call("GET", path);
export const post = (path, body) => call("POST", path, body);

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.append(k, v);
  const s = q.toString();
  return s ? "?" + s : "";
}
