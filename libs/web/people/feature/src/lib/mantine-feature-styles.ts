// Mantine CSS for the components only the people pages use (the app shell loads the common ones, see
// libs/web/ui mantine-styles.ts). Imported by the lazily loaded pages, so it travels in their chunk and
// stays out of the initial bundle. Dependencies before dependants.
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Tabs.css';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/Switch.css';
import '@mantine/core/styles/NumberInput.css';
