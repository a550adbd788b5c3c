// @ts-check
/**
 * `Menu` and `MenuItem` (docs/api/menu.md): the template is kept as built, so a test can read
 * the application menu's items; nothing is drawn.
 */
class MenuItem {
  constructor(/** @type {Record<string, any>} */ options) {
    Object.assign(this, options);
    this.submenu = options.submenu ? Menu.buildFromTemplate(options.submenu) : undefined;
    this.enabled = options.enabled ?? true;
    this.visible = options.visible ?? true;
  }
}

class Menu {
  constructor() {
    /** @type {MenuItem[]} */
    this.items = [];
  }
  append(/** @type {MenuItem} */ item) {
    this.items.push(item);
  }
  static buildFromTemplate(/** @type {Record<string, any>[] | Menu} */ template) {
    if (template instanceof Menu) return template;
    const menu = new Menu();
    for (const item of template) menu.append(item instanceof MenuItem ? item : new MenuItem(item));
    return menu;
  }
  static setApplicationMenu(/** @type {Menu | null} */ menu) {
    applicationMenu = menu;
  }
  static getApplicationMenu() {
    return applicationMenu;
  }
}
/** @type {Menu | null} */
let applicationMenu = null;

module.exports = { Menu, MenuItem };
