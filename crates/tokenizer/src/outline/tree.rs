//! Iterative outline builder: per-parent style stack, GB/T 15834 B.3.8 order as a prior,
//! ordinal sequences as evidence. No recursion; each placement looks at the open path only.

use super::MarkerStyle as S;

/// What a parent has seen of one child style (its list).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ChildRec {
    pub(crate) style: S,
    pub(crate) last: u32,
    pub(crate) half: bool,
}

/// An open node of the current path.
#[derive(Debug, Clone)]
pub(crate) struct Open {
    pub(crate) idx: Option<usize>,
    pub(crate) style: Option<S>,
    /// The list the node belongs to (its own style, or its siblings' style after a drift).
    pub(crate) list: Option<S>,
    pub(crate) ordinal: u32,
    pub(crate) path: Option<Vec<u32>>,
    pub(crate) boundary: bool,
    pub(crate) level: u32,
    pub(crate) children: Vec<ChildRec>,
}

/// Where a heading goes.
#[derive(Debug, Clone)]
pub(crate) struct Placement {
    pub(crate) parent_pos: usize,
    pub(crate) list: S,
    pub(crate) drift: bool,
    pub(crate) prev: Option<ChildRec>,
}

#[derive(Debug, Clone)]
pub(crate) struct Builder {
    /// The open path is `stack[..depth]`; the slots above it are closed nodes kept for
    /// their child lists, which a new node reuses in place (no allocation, no move per
    /// heading).
    stack: Vec<Open>,
    depth: usize,
    /// Styles placed so far (bit `style as u32`).
    seen: u64,
    /// (parent style, child style) pairs the document nested against the standard order
    /// (1. above （一）): the document's own order, preferred to the prior from then on.
    learned: Vec<(S, S)>,
    /// Position of the topmost boundary node (the root is one): where a heading of an
    /// ordinary style stops looking down the stack.
    boundary_top: usize,
}

fn bit(s: S) -> u64 {
    1u64 << ((s as u32) & 63)
}

fn is_boundary(s: S) -> bool {
    matches!(s, S::Pian | S::Attachment | S::Appendix)
}

impl Builder {
    pub(crate) fn new(root_idx: Option<usize>, level: u32) -> Self {
        Self {
            stack: vec![Open {
                idx: root_idx,
                style: None,
                list: None,
                ordinal: 0,
                path: None,
                boundary: true,
                level,
                children: Vec::new(),
            }],
            depth: 1,
            seen: 0,
            learned: Vec::new(),
            boundary_top: 0,
        }
    }

    /// The open path, root first.
    pub(crate) fn open(&self) -> &[Open] {
        self.stack.get(..self.depth).unwrap_or(&[])
    }

    fn learned(&self, parent: S, child: S) -> bool {
        self.learned.contains(&(parent, child))
    }

    fn floor(&self, style: S) -> usize {
        match style {
            S::Pian => return 0,
            S::Attachment | S::Appendix => {}
            _ => return self.boundary_top,
        }
        let stack = self.open();
        let mut j = stack.len().saturating_sub(1);
        while j > 0 {
            let Some(n) = stack.get(j) else { break };
            let stop = match style {
                S::Pian => false,
                S::Attachment | S::Appendix => n.style == Some(S::Pian),
                _ => n.boundary,
            };
            if stop {
                break;
            }
            j -= 1;
        }
        j
    }

    fn rec(&self, pos: usize, list: S) -> Option<ChildRec> {
        self.open()
            .get(pos)
            .and_then(|n| n.children.iter().rev().find(|r| r.style == list))
            .cloned()
    }

    fn at(&self, parent_pos: usize, list: S, drift: bool) -> Placement {
        Placement {
            parent_pos,
            list,
            drift,
            prev: self.rec(parent_pos, list),
        }
    }

    /// Decides where a heading of `style`/`ordinal` goes, without changing anything.
    #[inline(always)]
    pub(crate) fn place(&self, style: S, ordinal: u32, path: Option<&[u32]>) -> Placement {
        let floor = self.floor(style);
        let stack = self.open();
        let len = stack.len();
        if is_boundary(style) {
            return self.at(floor, style, false);
        }
        if let (S::Decimal, Some(p)) = (style, path) {
            let n = p.len();
            let prefix = p.get(..n.saturating_sub(1)).unwrap_or(&[]);
            for j in (floor + 1..len).rev() {
                let Some(node) = stack.get(j) else {
                    continue;
                };
                let matches_prefix = match (&node.path, node.style) {
                    (Some(np), Some(S::Decimal)) => np.as_slice() == prefix,
                    (_, Some(S::ArDot | S::ArComma)) => prefix == [node.ordinal],
                    _ => false,
                };
                if matches_prefix {
                    return self.at(j, S::Decimal, false);
                }
                if node.style == Some(S::Decimal)
                    && node.path.as_ref().is_some_and(|np| np.len() == n)
                {
                    return self.at(j - 1, S::Decimal, false);
                }
            }
        }
        for j in (floor + 1..len).rev() {
            if stack
                .get(j)
                .is_some_and(|n| n.list == Some(style) || n.style == Some(style))
            {
                let list = stack.get(j).and_then(|n| n.list).unwrap_or(style);
                return self.at(j - 1, list, false);
            }
        }
        if style.family() != 0 {
            for j in (floor + 1..len).rev() {
                let Some(n) = stack.get(j) else { continue };
                if n.style.is_some_and(|s| s.family() == style.family())
                    && ordinal > n.ordinal
                    && ordinal <= n.ordinal.saturating_add(3)
                {
                    return self.at(j - 1, n.list.unwrap_or(style), true);
                }
            }
        }
        for j in (floor..len).rev() {
            if stack
                .get(j)
                .is_some_and(|n| n.children.iter().any(|r| r.style == style))
            {
                return self.at(j, style, false);
            }
        }
        // The standard order as a prior, except where the document established its own.
        let top = len.saturating_sub(1);
        let mut j = top;
        while j > floor
            && stack
                .get(j)
                .and_then(|n| n.style)
                .is_some_and(|s| s.rank() >= style.rank() && !self.learned(s, style))
        {
            j -= 1;
        }
        // A style never seen before that opens a list (ordinal 1) right after a heading the
        // prior calls junior nests under it: the document sets its own order (1. above （一）,
        // 一是 above 1.). Top-level styles (一、 第X章 壹、 I.) never nest this way, so a stray
        // （1） before 一、 stays an orphan.
        if j < top
            && ordinal <= 1
            && path.is_none()
            && style.nominal_layer() >= 2
            && self.seen & bit(style) == 0
            && stack
                .get(top)
                .is_some_and(|n| !n.boundary && n.style.is_some_and(|y| y.rank() > style.rank()))
        {
            j = top;
        }
        self.at(j, style, false)
    }

    /// Applies a placement: closes the nodes below the parent and opens the new one.
    /// Returns (level, parent heading index).
    #[inline(always)]
    pub(crate) fn commit(
        &mut self,
        p: &Placement,
        idx: usize,
        style: S,
        ordinal: u32,
        path: Option<Vec<u32>>,
        half: bool,
    ) -> (u32, Option<usize>) {
        self.depth = self.depth.min(p.parent_pos + 1);
        if self.boundary_top >= self.depth {
            self.boundary_top = self.open().iter().rposition(|n| n.boundary).unwrap_or(0);
        }
        self.seen |= bit(style);
        let (level, parent) = match self
            .depth
            .checked_sub(1)
            .and_then(|t| self.stack.get_mut(t))
        {
            Some(parent) => {
                // A parent the standard order calls junior: the document's own order.
                if let Some(ps) = parent.style
                    && ps.rank() > style.rank()
                    && !self.learned.contains(&(ps, style))
                {
                    self.learned.push((ps, style));
                }
                match parent.children.iter_mut().find(|r| r.style == p.list) {
                    Some(r) => r.last = ordinal,
                    None => parent.children.push(ChildRec {
                        style: p.list,
                        last: ordinal,
                        half,
                    }),
                }
                (parent.level + 1, parent.idx)
            }
            None => (1, None),
        };
        let boundary = is_boundary(style);
        match self.stack.get_mut(self.depth) {
            Some(slot) => {
                slot.idx = Some(idx);
                slot.style = Some(style);
                slot.list = Some(p.list);
                slot.ordinal = ordinal;
                slot.path = path;
                slot.boundary = boundary;
                slot.level = level;
                slot.children.clear();
            }
            None => self.stack.push(Open {
                idx: Some(idx),
                style: Some(style),
                list: Some(p.list),
                ordinal,
                path,
                boundary,
                level,
                children: Vec::new(),
            }),
        }
        self.depth += 1;
        if boundary {
            self.boundary_top = self.depth - 1;
        }
        (level, parent)
    }
}
