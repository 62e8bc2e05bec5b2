// The app bar's language switch and theme toggle (LanguageSwitch.razor, ThemeToggle.razor) are forms posted over HTTP.
// While this page has a live circuit, they keep it: the form's post still sets the preference's cookie, then the
// circuit takes the choice and refreshes the page by enhanced navigation, which redraws the static shell (and, for a
// language, re-creates the interactive islands in it).
const switches = [
    { form: "form.language-form", field: "culture", method: "SwitchLanguage" },
    { form: "form.theme-toggle-form", field: "theme", method: "SwitchTheme" },
];

let circuit = null;

export function attach(reference) {
    circuit = reference;
}

export function detach(reference) {
    // Islands are re-created by the language switch itself: the new one may have attached before the old one goes.
    if (circuit === reference) circuit = null;
}

async function switchInCircuit(form, choice, reference) {
    const posted = await fetch(form.action, { method: "POST", body: new FormData(form), redirect: "manual" });
    // The endpoint answers with a redirect back to the page: anything else means the cookie was not set.
    if (posted.type !== "opaqueredirect" && !posted.ok) return false;
    return await reference.invokeMethodAsync(choice.method, form.elements.namedItem(choice.field).value);
}

document.addEventListener("submit", async event => {
    const form = event.target;
    const reference = circuit;
    const choice = form instanceof HTMLFormElement ? switches.find(s => form.matches(s.form)) : undefined;
    if (!reference || !choice) return;
    event.preventDefault();
    let switched = false;
    try {
        switched = await switchInCircuit(form, choice, reference);
    } catch {
        // The circuit went away meanwhile: the plain post below reloads the page with the choice.
    }
    if (!switched) form.submit();
}, true);
