// Mantine CSS for the components only the discovery pages use (the app shell loads the common ones,
// see libs/web/ui mantine-styles.ts). Imported by the lazily loaded pages, so it travels in their
// chunk and stays out of the initial bundle. Dependencies before dependants.
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/CheckboxIndicator.css';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Switch.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Drawer.css';
