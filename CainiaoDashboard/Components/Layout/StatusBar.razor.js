// The language switch (LanguageSwitch.razor) is a form posted over HTTP. While this page has a live circuit, the switch
// keeps it: the form's post still sets the culture cookie, then the circuit takes the new language and refreshes the page
// by enhanced navigation, which redraws the static shell and re-creates the interactive islands in that language.
let circuit = null;

export function attach(reference) {
    circuit = reference;
}

export function detach(reference) {
    // The island is re-created by the switch itself: the new one may have attached before the old one goes.
    if (circuit === reference) circuit = null;
}

async function switchInCircuit(form, reference) {
    const posted = await fetch(form.action, { method: "POST", body: new FormData(form), redirect: "manual" });
    // The endpoint answers with a redirect back to the page: anything else means the cookie was not set.
    if (posted.type !== "opaqueredirect" && !posted.ok) return false;
    return await reference.invokeMethodAsync("SwitchLanguage", form.elements.namedItem("culture").value);
}

document.addEventListener("submit", async event => {
    const form = event.target;
    const reference = circuit;
    if (!reference || !(form instanceof HTMLFormElement) || !form.matches("form.language-form")) return;
    event.preventDefault();
    let switched = false;
    try {
        switched = await switchInCircuit(form, reference);
    } catch {
        // The circuit went away meanwhile: the plain post below reloads the page in the new language.
    }
    if (!switched) form.submit();
}, true);
