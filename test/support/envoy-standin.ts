// The stand-in is product code now (apiward demo replays through it); tests keep importing it from here.
export * from '../../src/envoysim/standin';
