// A host's front door in the cluster test: forwards the host's address:port to the application
// node listening on the host's own loopback, as the load balancer's hop to a node would. It stays
// up while the node behind it is killed and restarted, so clients meet a refused or reset
// connection, as they would behind a real balancer.
import net from 'node:net';

const [listenAddress, listenPort, targetPort] = process.argv.slice(2);
net
  .createServer((client) => {
    const node = net.connect(Number(targetPort), '127.0.0.1');
    client.pipe(node).pipe(client);
    const close = () => {
      client.destroy();
      node.destroy();
    };
    client.on('error', close);
    node.on('error', close);
  })
  .listen(Number(listenPort), listenAddress);
