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
        deepLinking: true,
        validatorUrl: null,
        tryItOutEnabled: false,
        defaultModelsExpandDepth: 0,
        presets: [window.SwaggerUIBundle.presets.apis],
        layout: "BaseLayout"
    });
}());
