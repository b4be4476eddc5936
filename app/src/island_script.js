// Hydrates the islands of a server-rendered page as soon as it is parsed: loads the bundle
// (already on its way: the page's head preloads it and each island's pieces), then hydrates
// each island in document order, an island inside another's children after it. Called with
// the bundle's folder and name. After Leptos's islands script (MIT), without its wait for an
// idle moment and without the islands router.
((pkg, output) => {
  const childrenCallbacks = [];

  async function hydrateIsland(element, mod) {
    const hydrate = mod[element.dataset.component];
    if (!hydrate) {
      console.warn(`No WebAssembly function for the island ${element.dataset.component}`);
      return;
    }
    const onChildren = childrenCallbacks[childrenCallbacks.length - 1];
    if (onChildren) onChildren();
    await hydrate(element);
  }

  async function traverse(node, mod) {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = node.tagName.toLowerCase();
    if (tag === 'leptos-island') await hydrateIsland(node, mod);
    if (tag === 'leptos-children') childrenCallbacks.push(node.$$on_hydrate);
    for (const child of node.children) await traverse(child, mod);
    if (tag === 'leptos-children') childrenCallbacks.pop();
  }

  import(`${pkg}/${output}.js`).then(async (mod) => {
    await mod.default({ module_or_path: `${pkg}/${output}.wasm` });
    mod.hydrate();
    await traverse(document.body, mod);
  });
})
