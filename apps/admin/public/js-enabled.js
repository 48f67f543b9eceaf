// GOV.UK Frontend's "JavaScript is on" classes, set before the app renders. A file, not an inline script, so the
// gateway's Content-Security-Policy can refuse every inline script.
document.body.className += " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
