"""Desktop interface pieces (menus, docks, dialogs). Imported only when ``iface`` exists."""
