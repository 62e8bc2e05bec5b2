// The app bar and the drawer are static HTML rendered on the server. This opens and closes the drawer as MudDrawer
// does (the same classes on the drawer and the layout), and keeps the choice when enhanced navigation patches in the
// next page.
const narrowScreen = matchMedia("(max-width: 959.98px)"); // below MudBlazor's md breakpoint the drawer covers the page
const storageKey = "cainiao-drawer";
const drawerCookie = "cainiao-drawer";

const drawer = () => document.getElementById("app-navigation");
const isOpen = () => drawer()?.classList.contains("mud-drawer--open") ?? false;

// On a wide screen the drawer is open unless this tab closed it; on a narrow one it opens only on demand.
const wanted = () => !narrowScreen.matches && sessionStorage.getItem(storageKey) !== "closed";

function show(open) {
    const element = drawer();
    const button = document.querySelector("[data-drawer-toggle]");
    if (!element || !button) return;
    element.classList.toggle("mud-drawer--open", open);
    element.classList.toggle("mud-drawer--closed", !open);
    const layout = element.closest(".mud-layout");
    for (const name of [...(layout?.classList ?? [])]) {
        const state = /^mud-drawer-(open|close)-(.+)$/.exec(name);
        if (state) layout.classList.replace(name, `mud-drawer-${open ? "open" : "close"}-${state[2]}`);
    }
    button.setAttribute("aria-expanded", open ? "true" : "false");
    // Read by the server (MainLayout.razor) so that the next page is drawn with the drawer as it is now.
    document.cookie = `${drawerCookie}=${open ? "open" : "closed"}; path=/; max-age=31536000; samesite=lax`;
}

function choose(open) {
    if (!narrowScreen.matches) sessionStorage.setItem(storageKey, open ? "open" : "closed");
    show(open);
}

document.addEventListener("click", event => {
    if (event.target.closest("[data-drawer-toggle]")) {
        choose(!isOpen());
    } else if (narrowScreen.matches && isOpen()
        && (event.target.closest("#app-navigation a") || !event.target.closest("#app-navigation"))) {
        // Over the page, the drawer gets out of the way of a followed link or a click beside it.
        show(false);
    }
});

document.addEventListener("keydown", event => {
    if (event.key === "Escape" && narrowScreen.matches && isOpen()) show(false);
});

narrowScreen.addEventListener("change", () => show(wanted()));
window.Blazor?.addEventListener("enhancedload", () => show(wanted()));
show(wanted());
