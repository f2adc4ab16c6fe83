import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { Anchor, Button, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useOrgChart, type OrgChartNode } from '@ensemble/web/org/data-access';
import { PersonAvatar, personPath } from '@ensemble/web/people/ui';
import { reportsLabel } from './org-paths';
import classes from './org-tree.module.css';

/** How many reports a team shows at first, and how many more each "Show more" adds. */
export const REPORTS_SHOWN = 50;

interface TreeState {
  /** The item in the tab order (roving tabindex): one per tree. */
  focusedId: string | null;
  isExpanded(id: string): boolean;
  setExpanded(id: string, expanded: boolean): void;
  /** Makes the item the tab stop and moves focus to it (now, or once it is rendered). */
  focusItem(id: string): void;
  /** Notes that an item got focus (by click or programmatically). */
  focused(id: string): void;
}

const TreeContext = createContext<TreeState | null>(null);

function useTree(): TreeState {
  const tree = useContext(TreeContext);
  if (!tree) throw new Error('OrgTree items must be rendered inside an OrgTree.');
  return tree;
}

const ITEM_SELECTOR = '[role="treeitem"]';

function itemSelector(id: string): string {
  return `[data-tree-id="${id.replace(/["\\]/g, '\\$&')}"]`;
}

interface ItemKeys {
  expandable: boolean;
  expanded: boolean;
  setExpanded(expanded: boolean): void;
  activate(): void;
}

/**
 * The WAI-ARIA tree keys: Up/Down to the previous/next visible item, Home/End to the first/last, Right
 * opens a closed team or moves into an open one, Left closes an open team or moves to the manager,
 * Enter activates the item.
 */
function handleTreeKeys(event: KeyboardEvent<HTMLElement>, tree: TreeState, keys: ItemKeys): void {
  const item = event.currentTarget;
  const root = item.closest('[role="tree"]');
  if (!root) return;
  const items = Array.from(root.querySelectorAll<HTMLElement>(ITEM_SELECTOR));
  const index = items.indexOf(item);
  const move = (target: Element | null | undefined) => {
    const id = target instanceof HTMLElement ? target.dataset['treeId'] : undefined;
    if (id) tree.focusItem(id);
  };
  switch (event.key) {
    case 'ArrowDown':
      move(items[index + 1]);
      break;
    case 'ArrowUp':
      move(items[index - 1]);
      break;
    case 'Home':
      move(items[0]);
      break;
    case 'End':
      move(items.at(-1));
      break;
    case 'ArrowRight':
      if (keys.expandable && !keys.expanded) keys.setExpanded(true);
      else if (keys.expanded && items[index + 1] && item.contains(items[index + 1] ?? null))
        move(items[index + 1]);
      break;
    case 'ArrowLeft':
      if (keys.expandable && keys.expanded) keys.setExpanded(false);
      else move(item.parentElement?.closest(ITEM_SELECTOR));
      break;
    case 'Enter':
      keys.activate();
      break;
    default:
      return;
  }
  event.preventDefault();
  event.stopPropagation();
}

/** Whether a click landed on this item itself rather than on an item nested in it, or on a link. */
function clickedOwnRow(event: MouseEvent<HTMLElement>): boolean {
  const target = event.target as Element;
  return target.closest(ITEM_SELECTOR) === event.currentTarget && !target.closest('a, button');
}

function Chevron() {
  return (
    <svg className={classes.toggle} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M6 3.5 10.5 8 6 12.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

interface GroupProps {
  /** The team, in the API's order (name order). */
  nodes: readonly OrgChartNode[];
  /** aria-level of the items: 1 for the top. */
  level: number;
  /** How many there are in all (a manager's report count), when more than were loaded. */
  total?: number;
  /** Children already loaded by an ancestor's query, by manager id. */
  known: ReadonlyMap<string, OrgChartNode[]>;
}

/** A team: the first REPORTS_SHOWN people, and a "Show more" item for the rest. */
function TreeItems({ nodes, level, total, known }: GroupProps) {
  const tree = useTree();
  const [shown, setShown] = useState(REPORTS_SHOWN);
  const setSize = Math.max(total ?? 0, nodes.length);
  const visible = nodes.slice(0, shown);
  const hidden = nodes.length - visible.length;
  const moreId = `more:${nodes[0]?.managerId ?? 'top'}:${level}`;
  const showMore = () => {
    const firstNew = nodes[shown];
    setShown(shown + REPORTS_SHOWN);
    if (firstNew) tree.focusItem(firstNew.person.id);
  };
  return (
    <>
      {visible.map((node, index) => (
        <TreeNode
          key={node.person.id}
          node={node}
          level={level}
          position={index + 1}
          setSize={setSize}
          known={known}
        />
      ))}
      {hidden > 0 ? (
        // An item of its own, so that the arrow keys reach it like any other.
        <li
          role="treeitem"
          aria-level={level}
          aria-selected={tree.focusedId === moreId}
          tabIndex={tree.focusedId === moreId ? 0 : -1}
          data-tree-id={moreId}
          className={classes.item}
          onFocus={(event) => {
            if (event.target === event.currentTarget) tree.focused(moreId);
          }}
          onClick={showMore}
          onKeyDown={(event) =>
            handleTreeKeys(event, tree, {
              expandable: false,
              expanded: false,
              setExpanded: () => undefined,
              activate: showMore,
            })
          }
        >
          <div className={`${classes.row} ${classes.more}`}>
            Show {Math.min(REPORTS_SHOWN, hidden)} more ({hidden.toLocaleString('en')} not shown)
          </div>
        </li>
      ) : null}
    </>
  );
}

/** A manager's reports, fetched when the manager is first opened (then served from the cache). */
function LazyTeam({ node, level, known }: { node: OrgChartNode; level: number; known: GroupProps['known'] }) {
  const [{ data, error }, reexecute] = useOrgChart(node.person.id, 1);
  if (data) {
    const team = data.orgChart.nodes.filter((entry) => entry.depth === 1);
    return (
      <>
        <ul role="group" className={classes.group}>
          <TreeItems nodes={team} level={level} total={node.reportCount} known={known} />
        </ul>
        {data.orgChart.truncated ? (
          <Text size="sm" c="dimmed" className={classes.note}>
            Only the first {team.length.toLocaleString('en')} of {node.reportCount.toLocaleString('en')}{' '}
            reports are shown.
          </Text>
        ) : null}
      </>
    );
  }
  if (error) {
    return (
      <div className={classes.note} role="alert">
        <Text size="sm">{`${node.person.displayName}'s team could not be loaded.`}</Text>
        <Button
          variant="default"
          size="xs"
          mt={4}
          onClick={() => reexecute({ requestPolicy: 'network-only' })}
        >
          Try again
        </Button>
      </div>
    );
  }
  return (
    <Text size="sm" c="dimmed" className={classes.note} role="status">
      Loading {node.person.displayName}&rsquo;s team…
    </Text>
  );
}

interface TreeNodeProps {
  node: OrgChartNode;
  level: number;
  position: number;
  setSize: number;
  known: GroupProps['known'];
}

/** One person: picture or initials, name (a link to their page), title and number of reports. */
function TreeNode({ node, level, position, setSize, known }: TreeNodeProps) {
  const tree = useTree();
  const navigate = useNavigate();
  const { person, reportCount } = node;
  const id = person.id;
  const expandable = reportCount > 0;
  const expanded = expandable && tree.isExpanded(id);
  const labelId = `org-node-${id}`;
  const knownTeam = known.get(id);
  const setExpanded = (value: boolean) => tree.setExpanded(id, value);

  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-expanded={expandable ? expanded : undefined}
      aria-selected={tree.focusedId === id}
      aria-labelledby={labelId}
      tabIndex={tree.focusedId === id ? 0 : -1}
      data-tree-id={id}
      className={[classes.item, expandable ? classes.expandable : '', expanded ? classes.expanded : ''].join(
        ' ',
      )}
      onFocus={(event) => {
        if (event.target === event.currentTarget) tree.focused(id);
      }}
      onClick={(event) => {
        if (!clickedOwnRow(event)) return;
        if (expandable) setExpanded(!expanded);
      }}
      onKeyDown={(event) =>
        handleTreeKeys(event, tree, {
          expandable,
          expanded,
          setExpanded,
          activate: () => navigate(personPath(id)),
        })
      }
    >
      <div className={classes.row}>
        {expandable ? <Chevron /> : <span className={classes.toggle} aria-hidden="true" />}
        <PersonAvatar person={person} size="md" />
        <div className={classes.text} id={labelId}>
          <Anchor component={Link} to={personPath(id)} fw={600} tabIndex={-1} className={classes.name}>
            {person.displayName}
          </Anchor>
          {person.title ? (
            <Text size="sm" c="dimmed">
              {person.title}
            </Text>
          ) : null}
          <span className={classes.reports}>{reportsLabel(reportCount)}</span>
        </div>
      </div>
      {expanded ? (
        knownTeam ? (
          <ul role="group" className={classes.group}>
            <TreeItems nodes={knownTeam} level={level + 1} total={reportCount} known={known} />
          </ul>
        ) : (
          <LazyTeam node={node} level={level + 1} known={known} />
        )
      ) : null}
    </li>
  );
}

export interface OrgTreeProps {
  /** The top of the chart (depth 0 of an orgChart answer). */
  roots: readonly OrgChartNode[];
  /** Reports already loaded with the roots, by manager id; other teams load when opened. */
  known: ReadonlyMap<string, OrgChartNode[]>;
  /** Accessible name of the tree. */
  label: string;
  /** Teams open at first (the roots whose reports came with them). */
  initiallyExpanded?: readonly string[];
  /** Id of a text explaining how to use the tree. */
  describedBy?: string;
}

/**
 * The org chart as a WAI-ARIA tree (role=tree/treeitem/group with aria-expanded, aria-level,
 * aria-setsize and aria-posinset): one tab stop, arrow keys move focus (see handleTreeKeys), Enter
 * opens the person's page. Selection follows focus (aria-selected marks the focused item). Teams load lazily when opened; a large team shows REPORTS_SHOWN people at a
 * time.
 */
export function OrgTree({ roots, known, label, initiallyExpanded = [], describedBy }: OrgTreeProps) {
  const treeRef = useRef<HTMLUListElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(roots[0]?.person.id ?? null);
  const [expanded, setExpandedIds] = useState<ReadonlySet<string>>(() => new Set(initiallyExpanded));
  const pendingFocus = useRef<string | null>(null);

  const find = useCallback(
    (id: string) => treeRef.current?.querySelector<HTMLElement>(itemSelector(id)) ?? null,
    [],
  );

  // Once rendered: move focus where it was asked to go (an item that "Show more" just revealed), and
  // keep a tab stop in the tree if the focused item went away.
  useEffect(() => {
    if (pendingFocus.current) {
      const element = find(pendingFocus.current);
      if (element) {
        pendingFocus.current = null;
        element.focus();
      }
    }
    if (focusedId && !find(focusedId)) {
      const first = treeRef.current?.querySelector<HTMLElement>(ITEM_SELECTOR)?.dataset['treeId'];
      if (first && first !== focusedId) setFocusedId(first);
    }
  }, [expanded, find, focusedId]);

  const state = useMemo<TreeState>(
    () => ({
      focusedId,
      isExpanded: (id) => expanded.has(id),
      setExpanded: (id, value) => {
        if (!value) {
          // Closing a team that holds the focus moves focus to its manager.
          const item = find(id);
          const active = document.activeElement;
          if (item && active instanceof HTMLElement && active !== item && item.contains(active)) {
            pendingFocus.current = id;
            setFocusedId(id);
          }
        }
        setExpandedIds((current) => {
          if (current.has(id) === value) return current;
          const next = new Set(current);
          if (value) next.add(id);
          else next.delete(id);
          return next;
        });
      },
      focusItem: (id) => {
        setFocusedId(id);
        const element = find(id);
        if (element) element.focus();
        else pendingFocus.current = id;
      },
      focused: (id) => setFocusedId(id),
    }),
    [expanded, find, focusedId],
  );

  return (
    <TreeContext.Provider value={state}>
      <ul
        role="tree"
        aria-label={label}
        aria-describedby={describedBy}
        ref={treeRef}
        className={classes.tree}
      >
        <TreeItems nodes={roots} level={1} known={known} />
      </ul>
    </TreeContext.Provider>
  );
}
