//! The host-port auto-assignment allocator (AKS `PodHostPortAutoAssignPreview`), pure: no I/O.
//!
//! AKS hands each container port listed in the pod annotation
//! `kubernetes.azure.com/assign-hostports-for-containerports` a host port from 40000-59999,
//! unique across the whole cluster (not per node: the port is chosen at admission, before the
//! pod is scheduled). The allocator keeps, per protocol, which ports are taken and by which pod;
//! a pod keeps its ports until it is released. Choice is deterministic: the lowest free port, so
//! the same state always gives the same answer and tests can predict it.

use std::collections::BTreeMap;
use std::fmt;

/// The pod annotation that asks for host ports.
pub const ANNOTATION: &str = "kubernetes.azure.com/assign-hostports-for-containerports";
/// First port of the range AKS assigns from.
pub const RANGE_START: u16 = 40000;
/// Last port of the range (inclusive).
pub const RANGE_END: u16 = 59999;
/// Ports per protocol.
pub const RANGE_SIZE: usize = (RANGE_END - RANGE_START) as usize + 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Protocol {
    Tcp,
    Udp,
}

impl Protocol {
    /// Kubernetes' spelling (`TCP`, `UDP`).
    pub fn as_k8s(self) -> &'static str {
        match self {
            Protocol::Tcp => "TCP",
            Protocol::Udp => "UDP",
        }
    }
    /// Lower case, the annotation's spelling.
    pub fn as_lower(self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
        }
    }
    /// Kubernetes' protocol field: case-sensitive `TCP`/`UDP`, absent means TCP.
    pub fn from_k8s(s: Option<&str>) -> Option<Protocol> {
        match s {
            None | Some("TCP") => Some(Protocol::Tcp),
            Some("UDP") => Some(Protocol::Udp),
            _ => None,
        }
    }
    fn index(self) -> usize {
        match self {
            Protocol::Tcp => 0,
            Protocol::Udp => 1,
        }
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_k8s())
    }
}

/// One container port the annotation asks a host port for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PortRequest {
    pub container_port: u16,
    pub protocol: Protocol,
}

/// A host port given to a pod for one of its container ports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Assignment {
    pub container_port: u16,
    pub protocol: Protocol,
    pub host_port: u16,
}

impl Assignment {
    /// The env var AKS sets for it: `<deployment name>_PORT_<port>_<PROTOCOL>_HOSTPORT`, the
    /// deployment name kept verbatim (dashes included), the protocol upper-cased.
    pub fn env_var_name(&self, deployment: &str) -> String {
        format!(
            "{deployment}_PORT_{}_{}_HOSTPORT",
            self.container_port,
            self.protocol.as_k8s()
        )
    }
}

/// Why an annotation value was refused; the message names the entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotationError {
    pub entry: String,
    pub reason: String,
}

impl fmt::Display for AnnotationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid value for annotation {ANNOTATION}: entry '{}': {}",
            self.entry, self.reason
        )
    }
}

impl std::error::Error for AnnotationError {}

/// Parses the annotation value strictly: comma-separated `port/protocol` entries (protocol `tcp`
/// or `udp`), each naming a port that one of the pod's containers declares with that protocol
/// (`declared`), no entry twice. Whitespace around entries is tolerated.
pub fn parse_annotation(
    value: &str,
    declared: &[PortRequest],
) -> Result<Vec<PortRequest>, AnnotationError> {
    let err = |entry: &str, reason: String| AnnotationError {
        entry: entry.to_string(),
        reason,
    };
    if value.trim().is_empty() {
        return Err(err(
            value,
            "the value is empty; expected comma-separated <port>/<protocol> entries such as 8080/tcp,53/udp"
                .into(),
        ));
    }
    let mut out: Vec<PortRequest> = Vec::new();
    for raw in value.split(',') {
        let entry = raw.trim();
        if entry.is_empty() {
            return Err(err(
                raw,
                "empty entry; expected <port>/<protocol> such as 8080/tcp".into(),
            ));
        }
        let Some((port, proto)) = entry.split_once('/') else {
            return Err(err(
                entry,
                "expected <port>/<protocol>, e.g. 8080/tcp".into(),
            ));
        };
        let protocol = match proto.to_ascii_lowercase().as_str() {
            "tcp" => Protocol::Tcp,
            "udp" => Protocol::Udp,
            _ => {
                return Err(err(
                    entry,
                    format!("protocol '{proto}' is not supported; use tcp or udp"),
                ));
            }
        };
        let container_port = match port.parse::<u32>() {
            Ok(p) if (1..=65535).contains(&p) && port.bytes().all(|b| b.is_ascii_digit()) => {
                p as u16
            }
            _ => {
                return Err(err(
                    entry,
                    format!("port '{port}' is not a number between 1 and 65535"),
                ));
            }
        };
        let req = PortRequest {
            container_port,
            protocol,
        };
        if !declared.contains(&req) {
            return Err(err(
                entry,
                format!(
                    "the pod does not declare container port {container_port}/{}",
                    protocol.as_k8s()
                ),
            ));
        }
        if out.contains(&req) {
            return Err(err(entry, "listed more than once".into()));
        }
        out.push(req);
    }
    Ok(out)
}

/// Why an assignment could not be made. Nothing is assigned when this is returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AllocError {
    /// Not enough free ports of `protocol` left in the range.
    Exhausted {
        pod: String,
        protocol: Protocol,
        needed: usize,
        free: usize,
    },
    /// A port recorded for one pod is already held by another (a corrupted store).
    Conflict {
        protocol: Protocol,
        host_port: u16,
        holder: String,
        claimant: String,
    },
    /// A recorded port outside 40000-59999.
    OutOfRange { pod: String, host_port: u16 },
}

impl fmt::Display for AllocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AllocError::Exhausted {
                pod,
                protocol,
                needed,
                free,
            } => write!(
                f,
                "cannot assign host ports to pod {pod}: it needs {needed} {protocol} port(s) but only {free} of the {RANGE_SIZE} {protocol} ports in {RANGE_START}-{RANGE_END} are free (host ports are unique across the cluster)"
            ),
            AllocError::Conflict {
                protocol,
                host_port,
                holder,
                claimant,
            } => write!(
                f,
                "host port {host_port}/{protocol} is held by pod {holder} and cannot also be given to pod {claimant}"
            ),
            AllocError::OutOfRange { pod, host_port } => write!(
                f,
                "host port {host_port} of pod {pod} is outside the auto-assignment range {RANGE_START}-{RANGE_END}"
            ),
        }
    }
}

impl std::error::Error for AllocError {}

/// Taken/free bits for one protocol, with the lowest index that may be free.
#[derive(Debug, Clone)]
struct PortSet {
    words: Vec<u64>,
    used: usize,
    /// Every index below it is taken.
    hint: usize,
}

impl PortSet {
    fn new() -> Self {
        PortSet {
            words: vec![0; RANGE_SIZE.div_ceil(64)],
            used: 0,
            hint: 0,
        }
    }
    fn set(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
        self.used += 1;
    }
    fn clear(&mut self, i: usize) {
        self.words[i / 64] &= !(1 << (i % 64));
        self.used -= 1;
        self.hint = self.hint.min(i);
    }
    fn free(&self) -> usize {
        RANGE_SIZE - self.used
    }
    /// The lowest free index, skipping whole words that are full.
    fn lowest_free(&mut self) -> Option<usize> {
        let mut w = self.hint / 64;
        while w < self.words.len() {
            let word = self.words[w];
            if word != u64::MAX {
                let i = w * 64 + (!word).trailing_zeros() as usize;
                if i >= RANGE_SIZE {
                    break;
                }
                self.hint = i;
                return Some(i);
            }
            w += 1;
        }
        self.hint = RANGE_SIZE;
        None
    }
}

/// The cluster's host-port book: which pod holds which port, per protocol.
#[derive(Debug, Clone)]
pub struct Allocator {
    sets: [PortSet; 2],
    holders: [BTreeMap<u16, String>; 2],
    pods: BTreeMap<String, Vec<Assignment>>,
}

impl Default for Allocator {
    fn default() -> Self {
        Self::new()
    }
}

impl Allocator {
    pub fn new() -> Self {
        Allocator {
            sets: [PortSet::new(), PortSet::new()],
            holders: [BTreeMap::new(), BTreeMap::new()],
            pods: BTreeMap::new(),
        }
    }

    /// Rebuilds the book from recorded assignments (the store's rows), refusing a port held
    /// twice or outside the range.
    pub fn from_assignments<'a>(
        rows: impl IntoIterator<Item = (&'a str, Assignment)>,
    ) -> Result<Self, AllocError> {
        let mut a = Allocator::new();
        for (pod, asg) in rows {
            a.record(pod, asg)?;
        }
        Ok(a)
    }

    /// Records one assignment made earlier.
    pub fn record(&mut self, pod: &str, asg: Assignment) -> Result<(), AllocError> {
        if !(RANGE_START..=RANGE_END).contains(&asg.host_port) {
            return Err(AllocError::OutOfRange {
                pod: pod.to_string(),
                host_port: asg.host_port,
            });
        }
        let p = asg.protocol.index();
        if let Some(holder) = self.holders[p].get(&asg.host_port) {
            return Err(AllocError::Conflict {
                protocol: asg.protocol,
                host_port: asg.host_port,
                holder: holder.clone(),
                claimant: pod.to_string(),
            });
        }
        self.sets[p].set((asg.host_port - RANGE_START) as usize);
        self.holders[p].insert(asg.host_port, pod.to_string());
        self.pods.entry(pod.to_string()).or_default().push(asg);
        Ok(())
    }

    /// Gives `pod` a host port for each request, lowest free first, all or nothing. A pod that
    /// already holds ports keeps them: requests it already has are answered from its record.
    pub fn assign(
        &mut self,
        pod: &str,
        requests: &[PortRequest],
    ) -> Result<Vec<Assignment>, AllocError> {
        let existing = self.pods.get(pod).cloned().unwrap_or_default();
        let find = |r: &PortRequest| {
            existing
                .iter()
                .find(|a| a.container_port == r.container_port && a.protocol == r.protocol)
                .copied()
        };
        for protocol in [Protocol::Tcp, Protocol::Udp] {
            let needed = requests
                .iter()
                .filter(|r| r.protocol == protocol && find(r).is_none())
                .count();
            let free = self.sets[protocol.index()].free();
            if needed > free {
                return Err(AllocError::Exhausted {
                    pod: pod.to_string(),
                    protocol,
                    needed,
                    free,
                });
            }
        }
        let mut out = Vec::with_capacity(requests.len());
        for r in requests {
            if let Some(a) = find(r) {
                out.push(a);
                continue;
            }
            let p = r.protocol.index();
            // Checked above: enough free ports exist, so this finds one.
            let Some(i) = self.sets[p].lowest_free() else {
                unreachable!("free count checked before assigning")
            };
            self.sets[p].set(i);
            let host_port = RANGE_START + i as u16;
            self.holders[p].insert(host_port, pod.to_string());
            let a = Assignment {
                container_port: r.container_port,
                protocol: r.protocol,
                host_port,
            };
            self.pods.entry(pod.to_string()).or_default().push(a);
            out.push(a);
        }
        Ok(out)
    }

    /// Returns every port `pod` holds to the pool; gives back what it held.
    pub fn release(&mut self, pod: &str) -> Vec<Assignment> {
        let Some(held) = self.pods.remove(pod) else {
            return Vec::new();
        };
        for a in &held {
            let p = a.protocol.index();
            self.holders[p].remove(&a.host_port);
            self.sets[p].clear((a.host_port - RANGE_START) as usize);
        }
        held
    }

    /// The ports `pod` holds, in assignment order.
    pub fn ports_of(&self, pod: &str) -> &[Assignment] {
        self.pods.get(pod).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The pod holding `host_port`/`protocol`, if any.
    pub fn holder(&self, protocol: Protocol, host_port: u16) -> Option<&str> {
        self.holders[protocol.index()]
            .get(&host_port)
            .map(String::as_str)
    }

    /// How many ports of `protocol` are still free.
    pub fn free(&self, protocol: Protocol) -> usize {
        self.sets[protocol.index()].free()
    }

    /// Pods holding at least one port.
    pub fn pods(&self) -> impl Iterator<Item = (&str, &[Assignment])> {
        self.pods.iter().map(|(k, v)| (k.as_str(), v.as_slice()))
    }
}

/// Ranges `(start, end, protocol)` covering `ports`: adjacent ports merged, sorted, TCP first.
/// Used to suggest an `--allowed-host-ports` value.
pub fn covering_ranges(ports: &[(u16, Protocol)]) -> Vec<(u16, u16, Protocol)> {
    let mut sorted: Vec<(Protocol, u16)> = ports.iter().map(|(p, pr)| (*pr, *p)).collect();
    sorted.sort();
    sorted.dedup();
    let mut out: Vec<(u16, u16, Protocol)> = Vec::new();
    for (proto, port) in sorted {
        match out.last_mut() {
            Some((_, end, pr)) if *pr == proto && end.checked_add(1) == Some(port) => *end = port,
            _ => out.push((port, port, proto)),
        }
    }
    out
}

/// `--allowed-host-ports` syntax for ranges: `40000/tcp`, `40000-40002/tcp`, space-separated
/// (az core's dialect).
pub fn allowed_host_ports_value(ranges: &[(u16, u16, Protocol)]) -> String {
    ranges
        .iter()
        .map(|(s, e, p)| {
            if s == e {
                format!("{s}/{}", p.as_lower())
            } else {
                format!("{s}-{e}/{}", p.as_lower())
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A pool's allowed host-port range as ARM carries it: (portStart, portEnd, protocol).
pub type AllowedRange = (u16, u16, String);

/// Whether a pool's `allowedHostPorts` open `port` for `protocol` (names in any case).
pub fn is_open(allowed: &[AllowedRange], port: u16, protocol: Protocol) -> bool {
    allowed.iter().any(|(start, end, p)| {
        p.eq_ignore_ascii_case(protocol.as_k8s()) && (*start..=*end).contains(&port)
    })
}

/// The `--allowed-host-ports` value that opens `blocked` on a pool: its existing ranges first,
/// since `nodepool update --allowed-host-ports` replaces the list.
pub fn opening_value(existing: &[AllowedRange], blocked: &[(u16, Protocol)]) -> String {
    let mut parts: Vec<String> = existing
        .iter()
        .map(|(start, end, p)| {
            let p = p.to_ascii_lowercase();
            if start == end {
                format!("{start}/{p}")
            } else {
                format!("{start}-{end}/{p}")
            }
        })
        .collect();
    parts.push(allowed_host_ports_value(&covering_ranges(blocked)));
    parts.join(" ")
}

#[cfg(test)]
mod tests;
