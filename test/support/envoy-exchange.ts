export * from '../../src/envoysim/replay';
