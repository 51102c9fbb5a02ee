/* Starts Swagger UI on /api-docs: the page's own script (the site's Content-Security-Policy allows no inline script).
   The description is read from the address in data-openapi; nothing is fetched from another host (no validator badge). */
(function () {
    "use strict";
    var root = document.getElementById("swagger-ui");
    if (!root || typeof window.SwaggerUIBundle !== "function") {
        return;
    }
    root.textContent = "";
    window.ui = window.SwaggerUIBundle({
        url: root.getAttribute("data-openapi"),
        domNode: root,
        // Deep links put a link inside each operation's header button (nested controls): off.
        deepLinking: false,
        validatorUrl: null,
        tryItOutEnabled: false,
        defaultModelsExpandDepth: 0,
        presets: [window.SwaggerUIBundle.presets.apis],
        layout: "BaseLayout"
    });
    // What Swagger UI leaves out for keyboard and screen-reader users: a name for the servers list, and keyboard
    // access to the scrollable examples. Applied again whenever it renders more (an operation opened).
    function accessible() {
        var servers = root.querySelector("select#servers, .servers select");
        if (servers && !servers.getAttribute("aria-label")) {
            servers.setAttribute("aria-label", "Server");
        }
        root.querySelectorAll(".microlight, .highlight-code pre").forEach(function (code) {
            if (!code.hasAttribute("tabindex")) {
                code.setAttribute("tabindex", "0");
            }
        });
    }
    new MutationObserver(accessible).observe(root, {childList: true, subtree: true});
}());
