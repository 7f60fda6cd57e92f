// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title Registry: ciphernode registration and bonding.
/// @notice Operators register their transport key and p2p endpoint here and
/// bond native currency. The bond gives sortition tickets (bond / ticket
/// price), checkpointed per block so an E3 can read every node's weight at its
/// request block without a loop over all nodes. Only the E3 and slasher
/// contracts may lock a node on a committee or take a penalty from its bond.
contract Registry {
    /// @notice One registered operator.
    struct Node {
        bool registered;
        bool listed; // ever appended to nodeList (a re-registration does not duplicate it)
        uint32 liveCommittees; // committees of unfinished E3s the node sits on
        uint64 unbondReadyBlock; // first block at which the pending unbond may be withdrawn
        bytes32 transportKey; // X25519 public key for share transport
        uint256 bond; // active bond: gives tickets when at least minBond
        uint256 unbonding; // leaving the bond, withdrawable at unbondReadyBlock
        bytes peerId; // libp2p peer id (binary form)
        string addrs; // libp2p multiaddrs, comma separated
    }

    /// @notice Bond history entry: the ticket-bearing bond from block fromBlock on.
    struct Checkpoint {
        uint64 fromBlock;
        uint192 weight;
    }

    error NotOwner();
    error NotPenalizer();
    error PenalizersAlreadySet();
    error ZeroAddress();
    error AlreadyRegistered();
    error NotRegistered();
    error InvalidTransportKey();
    error InvalidPeerId();
    error ZeroAmount();
    error InsufficientBond(uint256 bond, uint256 requested);
    error OnLiveCommittee(uint32 committees);
    error NothingToWithdraw();
    error ExitDelayNotPassed(uint64 readyBlock);
    error InvalidTicketPrice();
    error NotOnCommittee();
    error TransferFailed();

    event NodeRegistered(address indexed node, bytes32 transportKey, bytes peerId, string addrs);
    event NodeUpdated(address indexed node, bytes32 transportKey, bytes peerId, string addrs);
    event Bonded(address indexed node, uint256 amount, uint256 bond);
    event UnbondRequested(address indexed node, uint256 amount, uint256 bond, uint64 readyBlock);
    event UnbondWithdrawn(address indexed node, uint256 amount);
    event NodeDeregistered(address indexed node, uint256 unbonding, uint64 readyBlock);
    event Penalized(address indexed node, address indexed by, uint256 requested, uint256 taken);
    event CommitteeLocked(address indexed node, uint32 liveCommittees);
    event CommitteeUnlocked(address indexed node, uint32 liveCommittees);
    event TicketPriceSet(uint256 ticketPrice);
    event PenalizersSet(address e3, address slasher);

    address public immutable owner;
    /// @notice A node with less active bond than this holds no tickets.
    uint256 public immutable minBond;
    /// @notice Blocks between an unbond request and its withdrawal.
    uint64 public immutable exitDelay;
    /// @notice Bond per sortition ticket; E3s snapshot it at request.
    uint256 public ticketPrice;
    address public e3;
    address public slasher;

    mapping(address => Node) private nodes;
    mapping(address => Checkpoint[]) private checkpoints;
    address[] private nodeList;

    constructor(uint256 minBond_, uint256 ticketPrice_, uint64 exitDelay_) {
        if (ticketPrice_ == 0) revert InvalidTicketPrice();
        owner = msg.sender;
        minBond = minBond_;
        ticketPrice = ticketPrice_;
        exitDelay = exitDelay_;
        emit TicketPriceSet(ticketPrice_);
    }

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    modifier onlyPenalizer() {
        if (msg.sender != e3 && msg.sender != slasher) revert NotPenalizer();
        _;
    }

    modifier onlyE3() {
        if (msg.sender != e3) revert NotPenalizer();
        _;
    }

    /// @notice Wires the E3 and slasher contracts, once; they are deployed after the registry.
    function setPenalizers(address e3_, address slasher_) external onlyOwner {
        if (e3 != address(0)) revert PenalizersAlreadySet();
        if (e3_ == address(0) || slasher_ == address(0)) revert ZeroAddress();
        e3 = e3_;
        slasher = slasher_;
        emit PenalizersSet(e3_, slasher_);
    }

    /// @notice Changes the bond per ticket for future E3s (running E3s keep their snapshot).
    function setTicketPrice(uint256 price) external onlyOwner {
        if (price == 0) revert InvalidTicketPrice();
        ticketPrice = price;
        emit TicketPriceSet(price);
    }

    /// @notice Registers msg.sender as a ciphernode; any value sent becomes its bond.
    function register(bytes32 transportKey, bytes calldata peerId, string calldata addrs) external payable {
        Node storage n = nodes[msg.sender];
        if (n.registered) revert AlreadyRegistered();
        _checkEndpoint(transportKey, peerId);
        n.registered = true;
        n.transportKey = transportKey;
        n.peerId = peerId;
        n.addrs = addrs;
        if (!n.listed) {
            n.listed = true;
            nodeList.push(msg.sender);
        }
        emit NodeRegistered(msg.sender, transportKey, peerId, addrs);
        if (msg.value > 0) {
            n.bond += msg.value;
            emit Bonded(msg.sender, msg.value, n.bond);
        }
        _checkpoint(msg.sender);
    }

    /// @notice Replaces the transport key and p2p endpoint (key rotation, new addresses).
    function updateNode(bytes32 transportKey, bytes calldata peerId, string calldata addrs) external {
        Node storage n = nodes[msg.sender];
        if (!n.registered) revert NotRegistered();
        _checkEndpoint(transportKey, peerId);
        n.transportKey = transportKey;
        n.peerId = peerId;
        n.addrs = addrs;
        emit NodeUpdated(msg.sender, transportKey, peerId, addrs);
    }

    /// @notice Adds msg.value to the caller's bond (top-up).
    function bond() external payable {
        Node storage n = nodes[msg.sender];
        if (!n.registered) revert NotRegistered();
        if (msg.value == 0) revert ZeroAmount();
        n.bond += msg.value;
        emit Bonded(msg.sender, msg.value, n.bond);
        _checkpoint(msg.sender);
    }

    /// @notice Starts the exit of amount from the bond; it stops giving tickets now
    /// and can be withdrawn after exitDelay blocks. Refused while on a live committee.
    function unbond(uint256 amount) external {
        Node storage n = nodes[msg.sender];
        if (!n.registered) revert NotRegistered();
        if (amount == 0) revert ZeroAmount();
        if (n.liveCommittees != 0) revert OnLiveCommittee(n.liveCommittees);
        if (amount > n.bond) revert InsufficientBond(n.bond, amount);
        n.bond -= amount;
        n.unbonding += amount;
        n.unbondReadyBlock = uint64(block.number) + exitDelay;
        emit UnbondRequested(msg.sender, amount, n.bond, n.unbondReadyBlock);
        _checkpoint(msg.sender);
    }

    /// @notice Pays out the unbonded amount once the exit delay has passed. Refused
    /// while on a live committee: a node drawn with its pre-unbond snapshot must
    /// stay liable to penalties until the E3 ends.
    function withdrawUnbonded() external {
        Node storage n = nodes[msg.sender];
        uint256 amount = n.unbonding;
        if (amount == 0) revert NothingToWithdraw();
        if (block.number < n.unbondReadyBlock) revert ExitDelayNotPassed(n.unbondReadyBlock);
        if (n.liveCommittees != 0) revert OnLiveCommittee(n.liveCommittees);
        n.unbonding = 0;
        emit UnbondWithdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    /// @notice Leaves the registry: the whole bond starts its exit delay. Refused while on a live committee.
    function deregister() external {
        Node storage n = nodes[msg.sender];
        if (!n.registered) revert NotRegistered();
        if (n.liveCommittees != 0) revert OnLiveCommittee(n.liveCommittees);
        n.registered = false;
        n.unbonding += n.bond;
        n.bond = 0;
        n.unbondReadyBlock = uint64(block.number) + exitDelay;
        emit NodeDeregistered(msg.sender, n.unbonding, n.unbondReadyBlock);
        _checkpoint(msg.sender);
    }

    /// @notice Called by the E3 contract when node joins a committee: blocks its exit.
    function lockForCommittee(address node) external onlyE3 {
        Node storage n = nodes[node];
        n.liveCommittees += 1;
        emit CommitteeLocked(node, n.liveCommittees);
    }

    /// @notice Called by the E3 contract when an E3 the node sits on completes or fails.
    function unlockForCommittee(address node) external onlyE3 {
        Node storage n = nodes[node];
        if (n.liveCommittees == 0) revert NotOnCommittee();
        n.liveCommittees -= 1;
        emit CommitteeUnlocked(node, n.liveCommittees);
    }

    /// @notice Takes up to amount from node's bond (then from its unbonding
    /// balance) and sends it to the calling penalizer, which decides who gets it.
    /// @return taken the amount actually taken (less when the node has less).
    function penalize(address node, uint256 amount) external onlyPenalizer returns (uint256 taken) {
        Node storage n = nodes[node];
        uint256 fromBond = amount < n.bond ? amount : n.bond;
        n.bond -= fromBond;
        uint256 rest = amount - fromBond;
        uint256 fromUnbonding = rest < n.unbonding ? rest : n.unbonding;
        n.unbonding -= fromUnbonding;
        taken = fromBond + fromUnbonding;
        emit Penalized(node, msg.sender, amount, taken);
        if (fromBond > 0) _checkpoint(node);
        if (taken > 0) {
            (bool ok,) = msg.sender.call{value: taken}("");
            if (!ok) revert TransferFailed();
        }
    }

    /// @notice The node's record.
    function getNode(address node) external view returns (Node memory) {
        return nodes[node];
    }

    /// @notice Number of addresses that ever registered (for enumerating a registry snapshot).
    function nodeCount() external view returns (uint256) {
        return nodeList.length;
    }

    /// @notice The i-th address that ever registered.
    function nodeAt(uint256 i) external view returns (address) {
        return nodeList[i];
    }

    /// @notice Ticket-bearing bond of node at the end of blockNumber: its bond
    /// if it was registered with at least minBond, else zero.
    function weightAt(address node, uint256 blockNumber) public view returns (uint256) {
        Checkpoint[] storage cps = checkpoints[node];
        uint256 lo = 0;
        uint256 hi = cps.length;
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            if (cps[mid].fromBlock > blockNumber) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo == 0 ? 0 : cps[lo - 1].weight;
    }

    /// @notice Sortition tickets of node at blockNumber for the given ticket price.
    function ticketsAt(address node, uint256 blockNumber, uint256 price) external view returns (uint256) {
        return weightAt(node, blockNumber) / price;
    }

    function _checkEndpoint(bytes32 transportKey, bytes calldata peerId) private pure {
        if (transportKey == bytes32(0)) revert InvalidTransportKey();
        if (peerId.length == 0 || peerId.length > 128) revert InvalidPeerId();
    }

    function _checkpoint(address node) private {
        Node storage n = nodes[node];
        uint256 w = (n.registered && n.bond >= minBond) ? n.bond : 0;
        Checkpoint[] storage cps = checkpoints[node];
        uint64 b = uint64(block.number);
        if (cps.length > 0 && cps[cps.length - 1].fromBlock == b) {
            cps[cps.length - 1].weight = uint192(w);
        } else {
            cps.push(Checkpoint({fromBlock: b, weight: uint192(w)}));
        }
    }
}
